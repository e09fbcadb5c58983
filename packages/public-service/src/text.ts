/**
 * What a reader typed, made safe to store and show: NFC (Vietnamese typed on
 * different keyboards differs otherwise), no HTML tags, no control or
 * invisible formatting characters, tidy spaces and line breaks.
 */
const TAGS = /<\/?[a-zA-Z!][^<>]*>/g;
/** What is left of a tag after the tags are gone (`<<b>script>`, an unclosed `<img src=x onerror=…`): its opening bracket goes. */
const TAG_START = /<(?=[a-zA-Z!/?])/g;
// C0/C1 controls except tab and newline; zero-width and bidirectional formatting characters.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function cleanText(value: string, { multiline = false } = {}): string {
  let text = value.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(/\t/g, ' ');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(TAGS, '');
  }
  text = text.replace(TAG_START, '');
  text = text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
  text = multiline ? text.replace(/\n{3,}/g, '\n\n') : text.replace(/\n+/g, ' ');
  return text.trim();
}
