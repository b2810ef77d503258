// The page's Content-Security-Policy allows <style> elements only with this load's nonce (see
// electron/backend/http/rendererFiles.ts). The server writes the nonce on <meta property="csp-nonce">
// (Vite's html.cspNonce); the DOM hides the attribute, the .nonce property still reads it.

export const cspNonce: string | undefined =
  document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

/**
 * antd takes the nonce through ConfigProvider's `csp`, but a few libraries style elements in ways
 * the policy blocks, and would otherwise show broken layouts:
 * - <style> elements created without asking for a nonce: @rc-component/util's scroll locker and
 *   scrollbar measurement under Modal and Table (react-component/util#613, ant-design#58150), and
 *   docx-preview's page styles. They get this load's nonce.
 * - style attributes set with setAttribute('style', …): the hidden measuring textarea of antd's
 *   auto-sized TextArea (@rc-component/input), docx-preview's page boxes. They go through the CSSOM
 *   (element.style.cssText), which the policy allows, as React does with the style prop.
 * Styles written as HTML markup (an injected "<style>" or style="…") stay blocked.
 */
export function allowScriptStyles(): void {
  if (!cspNonce) return;
  const nonce = cspNonce;
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    const element = createElement.call(this, tagName, options);
    if (element instanceof HTMLStyleElement && !element.nonce) element.nonce = nonce;
    return element;
  } as typeof Document.prototype.createElement;
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style' && (this instanceof HTMLElement || this instanceof SVGElement)) {
      this.style.cssText = String(value);
      return;
    }
    setAttribute.call(this, name, value);
  };
}
