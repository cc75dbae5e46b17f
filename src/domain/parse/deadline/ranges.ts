/**
 * Ranges and lists: chains of range-linked atoms («Март – декабрь», «с 1 по 15 сентября», «с
 * марта до мая») become one part first..last; a lone atom becomes a part by its marker («до …»,
 * «с …», «после …») or as it is. A list («Март, октябрь, ноябрь») is several parts.
 */
import { yearOfDay } from '../period';
import type { Atom, AtomKind, Marker, Part, Prefix, Span } from './model';

/** Items a list can be made of: single days and single months. */
function pointKind(kind: AtomKind): boolean {
  return kind === 'day' || kind === 'month';
}

/** «до апреля» ends before April starts; «до 27 марта» and «до 2024 года» include the day/year. */
function exclusiveKind(kind: AtomKind): boolean {
  return kind === 'month' || kind === 'season' || kind === 'halfyear' || kind === 'quarter' || kind === 'squarter';
}

const exclusive = (m: Marker, kind: AtomKind) => m === 'untilStart' || (m === 'untilExcl' && exclusiveKind(kind));

/** The parts of the text (`pre[k]` is the prefix of `strong[k]`; every atom has its span). */
export function buildParts(strong: Atom[], pre: Prefix[], plan: Span): Part[] {
  const parts: Part[] = [];
  let k = 0;
  while (k < strong.length) {
    let j = k;
    while (j + 1 < strong.length && pre[j + 1].rangeLink) j++;
    if (j === k && k > 0 && onlyNamesTheYear(strong, pre, k)) {
      k++;
      continue;
    }
    parts.push(j > k ? rangePart(strong[k], strong[j], pre[j]) : singlePart(strong[k], pre[k], plan));
    k = j + 1;
  }
  return parts;
}

/**
 * «Октябрь, 2022», «сентябрь, 2021/2022 учебный год»: a year right after a month or day that has
 * none only says which year (the month was already resolved inside it).
 */
function onlyNamesTheYear(strong: Atom[], pre: Prefix[], k: number): boolean {
  const a = strong[k];
  const p = pre[k];
  const before = strong[k - 1];
  return (
    p.marker === null &&
    !p.hard &&
    (a.kind === 'year' || a.kind === 'academic' || a.kind === 'span') &&
    before.years.length === 0 &&
    before.kind !== 'yearPhrase'
  );
}

/** first … last; «до мая» at the end is exclusive; swapped ends («15.03.2022 - 01.03.2022») are put right. */
function rangePart(first: Atom, last: Atom, lp: Prefix): Part {
  let end = last.span!.e;
  if (exclusive(lp.marker, last.kind)) end = last.span!.s - 1;
  let s = first.span!.s;
  if (end < s) {
    // «15.03.2022 - 01.03.2022»: the user swapped the ends
    const lo = Math.min(s, last.span!.s);
    end = Math.max(first.span!.e, last.span!.e);
    s = lo;
  }
  return { span: { s, e: end }, listable: false, open: false };
}

function singlePart(a: Atom, p: Prefix, plan: Span): Part {
  const x = a.span!;
  switch (p.marker) {
    case 'untilExcl':
    case 'untilStart':
    case 'untilIncl': {
      const end = untilEnd(a, p.marker, plan);
      return { span: { s: plan.s <= end ? plan.s : end, e: end }, listable: pointKind(a.kind), open: false };
    }
    case 'from':
      return { span: { s: x.s, e: plan.e >= x.s ? Math.max(plan.e, x.e) : x.e }, listable: false, open: true };
    case 'after': {
      const s = x.e + 1;
      return { span: { s, e: plan.e >= s ? plan.e : s }, listable: false, open: true };
    }
    default:
      return { span: x, listable: pointKind(a.kind), open: false };
  }
}

/** The last day of «до / по / не позднее / до начала X». */
function untilEnd(a: Atom, marker: Marker, plan: Span): number {
  const x = a.span!;
  let end = exclusive(marker, a.kind) ? x.s - 1 : x.e;
  if (end < plan.s && a.occ && exclusive(marker, a.kind)) {
    // «до сентября» in a plan 2021/2022: the September that ends the period, not the one that
    // starts it.
    for (let y = yearOfDay(plan.s) - 1; y <= yearOfDay(plan.e) + 1; y++) {
      const o = a.occ(y);
      if (o.s - 1 >= plan.s) {
        end = o.s - 1;
        break;
      }
    }
  }
  return end;
}
