// Styles of the pages served as plain HTML (notice page, poster): inline, so the page is one
// request, and small (~2 KB gzipped). Same tokens as app/globals.css; system fonts first so no
// font file is needed before the text shows.
export const STANDALONE_CSS = `
:root{--sans:'Noto Sans Variable','Noto Sans',system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;--bg:#f6f7f9;--surface:#fff;--text:#17202a;--muted:#4a5563;--border:#d5dae1;--brand:#0b5cad;--brand-strong:#084a8c;--focus:#f2a900;--danger:#b42318;--danger-soft:#fdecea;--warning:#8a5a00;--warning-soft:#fff4db;--success:#146c2e;--success-soft:#e6f4ea;--neutral:#4a5563;--neutral-soft:#eef0f3;--info:#0b5cad;--info-soft:#e6f0fa;--r:10px}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 var(--sans);color:var(--text);background:var(--bg)}
a{color:var(--brand)}a:hover{color:var(--brand-strong)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.wrap{max-width:760px;margin:0 auto;padding:0 16px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:9}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.site{background:var(--surface);border-bottom:1px solid var(--border)}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px 16px;padding-top:8px;padding-bottom:8px}
.brand{display:flex;align-items:center;gap:8px;min-height:44px;text-decoration:none;color:var(--muted)}
.brand b{font-weight:800;font-size:1.35rem;color:var(--brand)}
.langs{display:flex;gap:4px;margin:0;padding:0;list-style:none}
.langs form{margin:0}
.langs a,.langs button{display:inline-flex;align-items:center;justify-content:center;min-width:44px;min-height:44px;padding:0 8px;border-radius:8px;text-decoration:none;font:inherit;font-weight:600;color:var(--text);background:none;border:1px solid var(--border);cursor:pointer}
.langs a[aria-current],.langs button[aria-current]{background:var(--brand);border-color:var(--brand);color:#fff}
main{padding:16px 0 32px}
h1{font-size:1.6rem;line-height:1.25;margin:8px 0}
h2{font-size:1.2rem;margin:28px 0 8px}
.summary{font-size:1.15rem;font-weight:500}
.stamp{--c:var(--neutral);--s:var(--neutral-soft);display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;padding:12px 16px;margin:8px 0 16px;border:2px solid var(--c);border-left-width:8px;border-radius:var(--r);background:var(--s)}
.stamp p{margin:0}
.stamp .label{padding:2px 12px;border:3px double var(--c);border-radius:6px;color:var(--c);font-size:1.35rem;font-weight:800;letter-spacing:.06em;text-transform:uppercase;background:#fff}
.stamp .meaning{flex:1 1 12rem;font-weight:600}
.FALSE{--c:var(--danger);--s:var(--danger-soft)}.MISLEADING{--c:var(--warning);--s:var(--warning-soft)}.TRUE{--c:var(--success);--s:var(--success-soft)}.UNVERIFIED{--c:var(--neutral);--s:var(--neutral-soft)}
.CHECKING{--c:var(--info);--s:var(--info-soft)}
.stamp.CHECKING{border-style:dashed;border-left-style:solid}
.stamp.CHECKING .label{border-style:dashed;text-transform:none;letter-spacing:0}
.interim{border:2px dashed var(--info)}
.banner{padding:12px 16px;margin:8px 0 16px;border-radius:var(--r);border:2px solid var(--danger);background:var(--danger-soft)}
.banner.info{border-color:var(--info);background:var(--info-soft)}
.banner h2{margin:0 0 4px;font-size:1.1rem}.banner p{margin:4px 0}
.badge{display:inline-block;padding:2px 8px;border-radius:999px;font-size:.85rem;font-weight:700;border:1px solid var(--muted);margin-right:6px}
.badge.urgent{background:var(--danger);border-color:var(--danger);color:#fff}
.facts{list-style:none;padding:0;margin:0 0 8px;color:var(--muted)}
.offline-channels{margin-top:24px;border-left:4px solid var(--brand)}.offline-channels h2{font-size:1.05rem;margin:0 0 4px}.offline-channels p{margin:4px 0;overflow-wrap:anywhere}
.card{background:var(--surface);border:1px solid var(--border);border-radius:var(--r);padding:12px 16px}
.todo{background:var(--warning-soft);border:1px solid var(--warning);border-radius:var(--r);padding:4px 16px;margin-top:16px}
.body p,.body li{max-width:65ch}
ul.ev{list-style:none;padding:0;margin:0;display:grid;gap:8px}
.ev blockquote{margin:6px 0;padding-left:12px;border-left:3px solid var(--border)}
.stance{font-size:.85rem;font-weight:700;margin-left:8px}
.REFUTES{color:var(--danger)}.SUPPORTS{color:var(--success)}.CONTEXT{color:var(--muted)}
ol.tl{list-style:none;padding:0;margin:0;border-left:3px solid var(--border)}
ol.tl li{position:relative;padding:0 0 12px 16px}
ol.tl li::before{content:'';position:absolute;left:-8px;top:6px;width:13px;height:13px;border-radius:50%;background:var(--brand)}
.muted{color:var(--muted)}
.verify-code{border:1px dashed var(--muted);border-radius:8px;padding:8px 12px;overflow-wrap:anywhere}
.row{display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:0;list-style:none}
.btn{display:inline-flex;align-items:center;min-height:44px;padding:8px 16px;border-radius:8px;border:2px solid var(--brand);background:var(--brand);color:#fff;font:inherit;font-weight:600;text-decoration:none;cursor:pointer}
.btn:hover{color:#fff;background:var(--brand-strong)}
.btn.alt{background:#fff;color:var(--brand)}
.link{word-break:break-all}
footer.site{border-top:1px solid var(--border);padding:16px 0;color:var(--muted);font-size:.9rem}
[hidden]{display:none!important}
`;
