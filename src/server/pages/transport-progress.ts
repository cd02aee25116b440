/**
 * The bar a scenario page shows while its solve runs: a <progress> with the words ("Solving the
 * morning run on 2024-11-13, 2 of 4: 45%"), kept up to date by a small script polling the job's JSON
 * and reloading the page when the job ends; without script, the page refreshes itself.
 */
import { html, trusted } from "../html.js";
import { type JobStatus, progressWords, shareDone } from "../transport-jobs.js";

// Reads where to poll from its element's data attributes, so nothing is written into the script.
const POLL = `(function(){var box=document.getElementById("solving");if(!box)return;
var bar=box.querySelector("progress"),words=box.querySelector(".words");
function tick(){fetch(box.dataset.poll,{headers:{accept:"application/json"}}).then(function(r){return r.json()}).then(function(j){
if(j.state!=="running"||j.scenario!==box.dataset.scenario){location.reload();return}
bar.value=j.share;words.textContent=j.words;setTimeout(tick,1000)}).catch(function(){setTimeout(tick,3000)})}
setTimeout(tick,1000)})();`;

/** The bar for a running job; `poll` is the job's JSON address. */
export function solvingBar(status: JobStatus, poll: string) {
  const share = shareDone(status);
  return html`<div id="solving" role="status" data-poll="${poll}" data-scenario="${status.scenario ?? ""}">
<progress max="1" value="${share.toFixed(3)}">${Math.floor(share * 100)}%</progress> <span class="words">${progressWords(status)}</span>
<noscript><meta http-equiv="refresh" content="3"></noscript><script>${trusted(POLL)}</script></div>`;
}
