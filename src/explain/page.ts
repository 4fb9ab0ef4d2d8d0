/** The explain page's style sheet: highlight layers, the side panel and the hover card. */
export const EXPLAIN_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #6b6b70; --line: #dcdce0; font: 14px/1.5 system-ui, sans-serif; color: var(--ink); }
* { box-sizing: border-box; }
body { margin: 0; display: grid; grid-template-columns: minmax(0, 1fr) minmax(300px, 420px); height: 100vh; }
main { overflow: auto; padding: 16px 24px; }
aside { overflow: auto; padding: 16px; border-left: 1px solid var(--line); background: #fafafb; }
header h1 { font-size: 18px; margin: 0 0 4px; }
header p { margin: 0 0 12px; color: var(--muted); }
#source { white-space: pre-wrap; overflow-wrap: anywhere; font: 13.5px/1.75 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: 0; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 18px 0 6px; }
ul { margin: 0; padding: 0; list-style: none; }
li { margin: 2px 0; }
.swatch { display: inline-block; width: 1.6em; height: 1em; vertical-align: -2px; margin-right: 6px; border-radius: 3px; }
label { cursor: pointer; }
.muted { color: var(--muted); font-size: 11.5px; }
.counts td { padding: 0 10px 0 0; }
.counts td:last-child { text-align: right; font-variant-numeric: tabular-nums; }
.diagnostic { padding: 4px 0; border-bottom: 1px solid var(--line); }
.severity { font-size: 11px; font-weight: 600; padding: 0 5px; border-radius: 3px; margin-right: 4px; }
.severity-info { background: #e2ecf8; } .severity-warning { background: #fbe9c6; } .severity-error { background: #f8d2d2; }
.diagnostic code { font-size: 12px; }
.diagnostic button { font: inherit; font-size: 12px; border: 0; background: none; color: #2457c5; cursor: pointer; padding: 0; }
pre.json { font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line); padding: 8px; }
#tip { position: fixed; z-index: 10; max-width: 420px; background: #fff; border: 1px solid #b9b9c0; border-radius: 6px; box-shadow: 0 4px 18px rgba(0,0,0,.15); padding: 6px 10px; pointer-events: none; font-size: 12.5px; }
#tip section + section { border-top: 1px solid var(--line); margin-top: 4px; padding-top: 4px; }
#tip h3 { font-size: 12.5px; margin: 0 0 2px; }
#tip th { text-align: left; color: var(--muted); font-weight: normal; padding-right: 8px; vertical-align: top; white-space: nowrap; }
#tip td { overflow-wrap: anywhere; }

.paragraph { background: #eef6e9; }
.boilerplate { background: repeating-linear-gradient(135deg, var(--b) 0 6px, transparent 6px 9px); outline: 1px solid var(--b); }
.boilerplate-related { --b: #f4c7c3; } .boilerplate-share { --b: #f9d9a8; } .boilerplate-recommendations { --b: #e9c8f0; }
.boilerplate-ad { --b: #f3b3b3; } .boilerplate-credit { --b: #cfd8dc; } .boilerplate-newsletter { --b: #b9e2f0; }
.boilerplate-embed { --b: #d7ccc8; } .boilerplate-footer { --b: #c5cae9; } .boilerplate-other { --b: #e0e0e0; }
.related { text-decoration: underline dashed #8a8a8a; }
.swatch.related { border-bottom: 2px dashed #8a8a8a; height: .6em; border-radius: 0; }
.swatch.mention { border-bottom: 2.5px solid var(--m); height: .6em; border-radius: 0; }
.quote { background: var(--c); border-radius: 2px; }
.attribution { background: var(--c); outline: 1.5px dashed #555; outline-offset: 1px; border-radius: 2px; }
.cue { font-weight: 700; text-decoration: underline 2px; }
.mention { border-bottom: 2.5px solid var(--m); }
.mention-person { --m: #1f6feb; } .mention-organization { --m: #e36209; } .mention-place { --m: #1a7f37; }
.mention-date { --m: #8250df; } .mention-money { --m: #0e8a8a; } .mention-percent { --m: #9a6700; } .mention-other { --m: #8c959f; }

.hide-paragraph .paragraph, .hide-boilerplate .boilerplate, .hide-quote .quote, .hide-attribution .attribution { background: none; outline: none; }
.hide-related .related { text-decoration: none; }
.hide-cue .cue { font-weight: inherit; text-decoration: none; }
.hide-mention .mention { border-bottom: 0; }
`;
