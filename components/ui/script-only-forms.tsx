// Staff forms work only with their script (no action, no method): a tap on "Save" in the second
// before a slow phone has run the page's JavaScript would otherwise be a native GET to the same
// address, with every field — a caller's phone number, a new password — written into the URL, the
// browser's history and the server's access log, and the typed form reloaded away.
// A tiny inline script, parsed before any form, holds such a submission back, and replays it once
// React has hydrated the page (ScriptOnlyFormsReady's effect), so the tap is neither leaked nor lost.
// Forms that name an action or a method (the no-JS public forms, sign-in's POST, GET filters) are
// left alone: they are meant to work without script.
// A `type=button` (Publish now, Start checking, a tab, the phone's Menu) does nothing at all without
// its script, so a tap on one before hydration was silently lost; the same script holds those taps
// too and clicks each held button once when React is ready.
'use client';

import { useEffect } from 'react';

declare global {
  interface Window {
    raspaScriptOnlyFormsReady?: () => void;
  }
}

export const SCRIPT_ONLY_FORMS_GUARD = `(function(){
var held=null,taps=[];
function hold(e){var f=e.target;if(!(f instanceof HTMLFormElement)||f.hasAttribute('action')||f.hasAttribute('method'))return;e.preventDefault();e.stopImmediatePropagation();held={form:f,submitter:e.submitter};}
function tap(e){var b=e.target instanceof Element?e.target.closest('button[type=button]'):null;if(!b||b.disabled)return;e.preventDefault();e.stopImmediatePropagation();if(taps.indexOf(b)<0)taps.push(b);}
document.addEventListener('submit',hold,true);
document.addEventListener('click',tap,true);
window.raspaScriptOnlyFormsReady=function(){document.removeEventListener('submit',hold,true);document.removeEventListener('click',tap,true);window.raspaScriptOnlyFormsReady=function(){};var h=held,t=taps;held=null;taps=[];
t.forEach(function(b){if(b.isConnected&&!b.disabled)b.click();});
if(h&&h.form.isConnected)h.form.requestSubmit(h.submitter&&h.submitter.form===h.form?h.submitter:undefined);};
})();`;

/** The guard, as the first thing in a page whose forms need their script; `nonce` is the page's CSP nonce. */
export function ScriptOnlyFormsGuard({ nonce }: { nonce: string | null }) {
  return (
    <>
      {/* Browsers hide a script's nonce from the DOM after parsing: the attribute cannot match on hydration. */}
      <script nonce={nonce ?? undefined} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: SCRIPT_ONLY_FORMS_GUARD }} />
      <ScriptOnlyFormsReady />
    </>
  );
}

/** Runs after the page's components have hydrated: from now on their own handlers take every submit. */
function ScriptOnlyFormsReady() {
  useEffect(() => {
    window.raspaScriptOnlyFormsReady?.();
  }, []);
  return null;
}
