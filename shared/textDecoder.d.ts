// shared/ is compiled against the ECMAScript library alone, to stay free of Node and DOM APIs.
// TextDecoder is the one platform API it uses: WHATWG, present in Node, Electron and every browser.
declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array): string;
}
