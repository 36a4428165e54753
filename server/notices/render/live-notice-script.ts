// The notice page's live "updated — reload" bar, for pages served without the React runtime: a
// tiny framework-free script (kept under 1.5 KB) served at /live-notice.js with a year-long cache
// (the URL carries a hash of the content). It reads the notice from the data attributes of the
// element liveNoticeBarHtml() renders, listens to /api/v1/stream and, when this notice gets a newer
// version or is withdrawn, fills that element (a polite live region) with the text and a button.
import { createHash } from 'node:crypto';

export const LIVE_NOTICE_SCRIPT = `(function(){
var e=document.querySelector('[data-live-notice-slug]');
if(!e||!window.EventSource)return;
var d=e.dataset,v=+d.liveNoticeVersion||0,s=new EventSource('/api/v1/stream?lang='+encodeURIComponent(d.liveNoticeLang||'en'));
function on(m){
var x;try{x=JSON.parse(m.data)}catch(_){return}
if(x.slug!==d.liveNoticeSlug||!(x.version>v||x.status!==(d.liveNoticeStatus||'PUBLISHED')))return;
s.close();
e.style.cssText='position:fixed;left:0;right:0;bottom:0;z-index:50;display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:center;padding:12px 16px;background:#17202a;color:#fff;font-weight:600;box-shadow:0 -4px 16px rgba(0,0,0,.2)';
var p=document.createElement('span'),b=document.createElement('button');
p.textContent=d.liveNoticeText;
b.type='button';b.textContent=d.liveNoticeReload;
b.style.cssText='min-height:44px;padding:0 20px;border:0;border-radius:10px;background:#fff;color:#17202a;font:inherit;font-weight:700;cursor:pointer';
b.onclick=function(){location.reload()};
e.appendChild(p);e.appendChild(b)
}
s.addEventListener('notice.updated',on);s.addEventListener('notice.withdrawn',on)
})();
`;

export const LIVE_NOTICE_SCRIPT_HASH = createHash('sha256').update(LIVE_NOTICE_SCRIPT).digest('hex').slice(0, 12);
export const LIVE_NOTICE_SCRIPT_URL = `/live-notice.js?v=${LIVE_NOTICE_SCRIPT_HASH}`;
