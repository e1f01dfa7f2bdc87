/** Types for html-encoding-sniffer 6 (it ships none): the HTML Standard's encoding sniffing. */
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    /** Skip the <meta> prescan (BOM and transport layer only). */
    xml?: boolean;
    /** The HTTP Content-Type charset, which overrides everything but a BOM. */
    transportLayerEncodingLabel?: string;
    /** Returned as given when nothing is declared (the default is "windows-1252"). */
    defaultEncoding?: string;
  }
  /** The canonical name of the encoding ("UTF-8", "windows-1252"…). */
  export default function sniffHtmlEncoding(bytes: Uint8Array, options?: SniffOptions): string;
}
