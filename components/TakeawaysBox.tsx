/** The publisher's own summary, apart from the body, with its disclosure as a small note below. */
import type { Takeaways } from '../core/article';

export function TakeawaysBox({ takeaways }: { takeaways: Takeaways }) {
  return (
    <aside class="takeaways" aria-labelledby="takeaways-heading">
      <div class="takeaways-box">
        <h2 id="takeaways-heading" class="takeaways-heading">
          {takeaways.heading}
        </h2>
        <ul class="takeaways-list">
          {takeaways.items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      </div>
      {takeaways.note && <p class="takeaways-note">{takeaways.note}</p>}
    </aside>
  );
}
