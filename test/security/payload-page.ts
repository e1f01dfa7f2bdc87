/** Embeds one hostile payload in a realistic article page: title, byline, takeaways box, lead
 * figure, body and link text, with the payload where the corpus entry says. */
import payloads from './payloads.json';

export interface Payload {
  id: string;
  category: string;
  /** body | title | byline | takeaways | link-text | jsonld | caption */
  where: string;
  html: string;
}

export const PAYLOADS = payloads as Payload[];

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const PARAGRAPHS = [
  'The city council voted on Tuesday to approve a new plan for the riverside park, ending two years of debate about how the land should be used.',
  'Under the plan, the old warehouse on the east bank will become a public market, and a footbridge will connect the park to the neighborhoods across the water.',
  "Council members said the project would be paid for with a mix of state grants and money set aside from last year's budget surplus.",
  'Residents who spoke at the meeting mostly supported the plan, though several asked for more parking and for the market to open on weekends.',
  "Construction is expected to begin next spring and take about eighteen months, the city's planning director said after the vote.",
];

export function payloadPage(payload: Payload): string {
  const at = (where: string) => (payload.where === where ? payload.html : '');
  const title = payload.where === 'title' ? payload.html : 'Council approves riverside park plan';
  const byline = payload.where === 'byline' ? payload.html : 'Ann Lee';
  const headline =
    payload.where === 'jsonld' ? `Council approves ${payload.html} park plan` : 'Council approves riverside park plan';
  const body = PARAGRAPHS.map(
    (p, i) =>
      `<p>${p}${i === 2 ? ` See <a href="https://example.com/budget">the budget</a>.` : ''}</p>${i === 2 ? at('body') : ''}`,
  ).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${title}</title>
<meta property="og:title" content="${attr(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Example News">
<meta name="author" content="${attr(byline)}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(headline)},"datePublished":"2026-05-01T10:00:00Z"}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article>
<h1>${title}</h1>
<p class="byline">By ${byline}</p>
<figure><img src="lead.jpg" alt="The riverside park"><figcaption>The riverside park in spring. ${at('caption')}</figcaption></figure>
<div class="takeaways"><h2>Key takeaways</h2><ul>
<li>The council approved the riverside park plan on Tuesday.</li>
<li>${payload.where === 'takeaways' ? payload.html : 'Construction begins next spring and lasts about eighteen months.'}</li>
</ul></div>
${body}
<p>Read the <a href="https://example.com/plan">full plan</a>. ${at('link-text')}</p>
</article></main>
<footer>© 2026 Example News</footer>
</body></html>`;
}
