import { describe, expect, it } from 'vitest';
import { normalizeEmbeds } from '../../core/embeds';
import { extractArticle } from '../../core';
import { documentFrom, prose } from './html';

function normalized(html: string): string {
  const body = documentFrom(html).body;
  normalizeEmbeds(body);
  return body.innerHTML;
}

describe('normalizeEmbeds', () => {
  it('turns an X post into a plain quote with its words and a "— Author (@handle)" line, without its script', () => {
    expect(
      normalized(
        '<div class="embed-social"><blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">We did it. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Jane Doe (@janedoe) <a href="https://twitter.com/janedoe/status/1">May 1, 2026</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js"></script></div>',
      ),
    ).toBe(
      '<blockquote><p>We did it. <a href="https://t.co/x">pic.twitter.com/x</a></p><p>— Jane Doe (@janedoe), <a href="https://twitter.com/janedoe/status/1">May 1, 2026</a></p></blockquote>',
    );
  });

  it('reads a Bluesky post the same way, without its media placeholder', () => {
    expect(
      normalized(
        '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3k"><p lang="en">Vote today.<br><br><a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">[image or embed]</a></p>&mdash; Jane Doe (<a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@jane.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">May 1, 2026 at 10:00</a></blockquote><script async src="https://embed.bsky.app/static/embed.js"></script>',
      ),
    ).toBe(
      '<blockquote><p>Vote today.<br><br></p><p>— Jane Doe (@jane.bsky.social), <a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">May 1, 2026 at 10:00</a></p></blockquote>',
    );
  });

  it("keeps an Instagram post's caption and author, not its boilerplate", () => {
    expect(
      normalized(
        '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/ABC/"><div><a href="https://www.instagram.com/p/ABC/"><div>View this post on Instagram</div></a><p><a href="https://www.instagram.com/p/ABC/">Back on stage tonight!</a></p><p>A post shared by <a href="https://www.instagram.com/jane/">Jane Doe</a> (@jane) on <time datetime="2026-05-01">May 1, 2026 at 9:00pm PDT</time></p></div></blockquote>',
      ),
    ).toBe(
      '<blockquote><p><a href="https://www.instagram.com/p/ABC/">Back on stage tonight!</a></p><p>— Jane Doe (@jane), <a href="https://www.instagram.com/p/ABC/">May 1, 2026 at 9:00pm PDT</a></p></blockquote>',
    );
  });

  it('names a Mastodon or Threads post by its handle when the embed holds no words of it', () => {
    expect(
      normalized(
        '<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@alice/11/embed"><a href="https://mastodon.social/@alice/11"><svg></svg><div>Post by @alice@mastodon.social</div><div>View on Mastodon</div></a></blockquote>',
      ),
    ).toBe(
      '<blockquote><p>— @alice@mastodon.social, <a href="https://mastodon.social/@alice/11">Mastodon</a></p></blockquote>',
    );
    expect(
      normalized(
        '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@bob/post/C1"><a href="https://www.threads.net/@bob/post/C1"><div>View on Threads</div></a></blockquote>',
      ),
    ).toBe('<blockquote><p>— @bob, <a href="https://www.threads.net/@bob/post/C1">Threads</a></p></blockquote>');
  });

  it('gives a TikTok caption without the author link and sound credit', () => {
    expect(
      normalized(
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@chef/video/9"><section><a title="@chef" href="https://www.tiktok.com/@chef?refer=embed">@chef</a> Five-minute pasta <a title="food" href="https://www.tiktok.com/tag/food">#food</a> <a href="https://www.tiktok.com/music/x">♬ original sound - chef</a></section></blockquote>',
      ),
    ).toBe(
      '<blockquote><p> Five-minute pasta <a title="food" href="https://www.tiktok.com/tag/food">#food</a> </p><p>— @chef, <a href="https://www.tiktok.com/@chef/video/9">TikTok</a></p></blockquote>',
    );
  });

  it('turns a post already rendered into a frame into a link to it', () => {
    expect(
      normalized(
        '<div class="twitter-tweet twitter-tweet-rendered"><iframe data-tweet-id="123" src="https://platform.twitter.com/embed/Tweet.html?id=123"></iframe></div>',
      ),
    ).toBe('<blockquote><p><a href="https://twitter.com/i/web/status/123">Post on X</a></p></blockquote>');
  });

  it('leaves alone a quote that is not an embed, and a wrapper that holds more than the post', () => {
    const plain = '<blockquote class="pullquote"><p>Words.</p></blockquote>';
    expect(normalized(plain)).toBe(plain);
    expect(
      normalized(
        '<div class="social-embed"><p>She wrote:</p><blockquote class="twitter-tweet"><p>Hi.</p>— A (@a) <a href="https://x.com/a/status/2">May 2</a></blockquote></div>',
      ),
    ).toBe(
      '<div class="social-embed"><p>She wrote:</p><blockquote><p>Hi.</p><p>— A (@a), <a href="https://x.com/a/status/2">May 2</a></p></blockquote></div>',
    );
  });
});

describe('embedded posts through extraction', () => {
  it('keeps a short post in a "social" wrapper as a quote with its author', () => {
    const page = `<article><h1>Headline</h1>${prose('First', 3)}<div class="social-embed"><blockquote class="twitter-tweet"><p lang="en">Polls close at 8.</p>&mdash; City Hall (@cityhall) <a href="https://twitter.com/cityhall/status/5">May 1, 2026</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script></div>${prose('Second', 3)}</article>`;
    const doc = documentFrom(page);
    const result = extractArticle(doc, doc.URL);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.article.text).toContain('Polls close at 8.\n\n— City Hall (@cityhall), May 1, 2026\n\nSecond said');
    expect(result.article.contentHtml).toContain(
      '<blockquote><p>Polls close at 8.</p><p>— City Hall (@cityhall), <a href="https://twitter.com/cityhall/status/5"',
    );
  });
});
