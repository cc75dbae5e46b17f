import { wordPhrase, wordPhraseFrom } from '../../../src/domain/parse/indicator-phrase';

test('wordPhraseFrom is wordPhrase of the text from `start`, whatever came before', () => {
  const words = ['участников', 'участие', 'в', 'и', 'или', 'проведено', 'школ', 'Участников', 'участников,', '', 'ОУ', 'учителей'];
  const pick = (i: number) => words[(i * 7 + (i >> 2)) % words.length];
  for (let i = 0; i < 500; i++) {
    const word = pick(i >> 1); // each word twice in a row (the second from the kept answer), or with another skipActions
    const prefix = i % 3 === 0 ? 'не менее 5 ' : i % 3 === 1 ? '75% ' : '';
    const skip = i % 5 < 2;
    expect([word, skip, wordPhraseFrom(prefix + word, prefix.length, skip)]).toEqual([word, skip, wordPhrase(word, skip)]);
  }
});
