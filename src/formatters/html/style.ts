/**
 * The report's stylesheet, inline (the report is one file, no network). Colours meet WCAG AA
 * (4.5:1 for text) on their backgrounds; severity is always also said in words.
 * `content-visibility: auto` on the drafts: the browser lays out only the drafts on screen, which
 * took a 1,000-draft report from ~6 s to ~1.5 s to render (bench/html.mjs); find-in-page and
 * assistive technology still see them all.
 */
export const STYLE = `
:root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--accent:#0b57d0;--err:#b42318;--errbg:#ffe1de;--warn:#6e4400;--warnbg:#fff1b8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f6f8fa}
header,main,footer{max-width:75rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.6rem;margin:1rem 0 .25rem}
h2{font-size:1.3rem;margin:1.5rem 0 .5rem}
h3{font-size:1.1rem;margin:0 0 .25rem;overflow-wrap:anywhere}
h4{font-size:1rem;margin:1rem 0 .25rem}
h5{font-size:.95rem;margin:0 0 .25rem}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
code{font:.9em ui-monospace,SFMono-Regular,Consolas,monospace}
.totals{font-size:1.1rem;font-weight:600}
table{border-collapse:collapse;margin:.5rem 2rem 1rem 0;background:#fff;display:inline-table;vertical-align:top}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.25rem .6rem;text-align:left}
td.n{text-align:right}
form#filters{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}
fieldset{border:0;display:inline-block;margin:0 1.5rem 0 0;padding:0}
legend{font-weight:600;padding:0}
label{margin-right:.75rem}
select{font:inherit}
.draft{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1rem 0;content-visibility:auto;contain-intrinsic-size:auto 60rem}
.draft>p{margin:.25rem 0}
.previews{display:flex;flex-wrap:wrap;gap:1rem}
.pv{flex:0 1 24rem;min-width:16rem}
.phone{border:1px solid var(--line);border-radius:1.25rem;padding:.75rem;background:#fff;max-width:24rem}
.post{border-bottom:1px solid var(--line);padding:.5rem 0}
.post:last-of-type{border-bottom:0}
.post .meta{margin:0 0 .25rem;font-size:.85rem;color:var(--muted)}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.tag,.link{color:var(--accent)}
.link{text-decoration:underline}
button.fold{font:inherit;color:var(--muted);background:none;border:0;padding:0 .2rem;cursor:pointer;text-decoration:underline}
button.fold[aria-expanded=true]{display:block;padding:0;margin-top:.25rem}
.len.over{color:var(--err)}
.media{list-style:none;padding:0;margin:.5rem 0 0;display:grid;gap:.5rem}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.5rem;display:grid;gap:.15rem;background:#f6f8fa}
.noalt{color:var(--err)}
.people.undeclared{color:var(--err);font-weight:600}
.badge{display:inline-block;border-radius:1rem;padding:0 .5rem;font-size:.85rem;font-weight:600}
.badge.in{background:#dafbe1;color:#116329}
.badge.out{background:var(--warnbg);color:var(--warn)}
.badge.unknown{background:#eaeef2;color:var(--ink)}
mark{color:inherit;border-bottom:2px solid}
mark.e{background:var(--errbg);border-color:var(--err)}
mark.w{background:var(--warnbg);border-color:#9a6700}
mark:empty{padding:0 .2rem}
mark.off{background:none;border-color:transparent}
:target{outline:3px solid var(--accent)}
.msgs{padding-left:0;list-style:none;margin:0}
.msg{border-left:4px solid var(--line);padding:.25rem .5rem;margin:.25rem 0}
.msg.e{border-color:var(--err)}
.msg.w{border-color:#9a6700}
.sev{font-weight:700;text-transform:uppercase;font-size:.8rem}
.sev.e{color:var(--err)}
.sev.w{color:var(--warn)}
.rule,.plats{color:var(--muted)}
.fix del{background:var(--errbg)}
.fix ins{background:#dafbe1;text-decoration:none}
details{margin:.25rem 0}
summary{cursor:pointer;color:var(--accent)}
pre.src{counter-reset:line;white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f8fa;border:1px solid var(--line);border-radius:.5rem;padding:.5rem 0;margin:0;font:.9rem/1.45 ui-monospace,SFMono-Regular,Consolas,monospace}
.l{display:block;padding-left:3.5rem;text-indent:-3rem;min-height:1.45em}
.l::before{counter-increment:line;content:counter(line);display:inline-block;width:2.5rem;margin-right:.5rem;text-align:right;color:var(--muted);text-indent:0}
.note{color:var(--muted)}
[hidden]{display:none !important}
`;
