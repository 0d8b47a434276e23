/**
 * A token of Danish text. Offsets are into the string that was tokenized, so tokens of
 * `TextModel.prose` carry file offsets.
 */
export type TokenKind =
  | 'word'
  | 'number'
  | 'phone'
  | 'date'
  | 'time'
  | 'amount'
  | 'abbreviation'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji'
  | 'punct';

export interface Token {
  start: number;
  end: number;
  /** the text as written: `text === source.slice(start, end)` */
  text: string;
  /** `text.toLowerCase()` */
  lower: string;
  kind: TokenKind;
}
