/** Deterministic generator of feed-like posts for benchmarks: mostly ordinary, a few percent hype. */

const ORDINARY = [
  'Just finished a {n}k run along the {place}, legs are done but the view was worth it.',
  'Anyone know a good {food} place near {place}? Visiting next weekend with the kids.',
  'Our team shipped the new onboarding flow today. Huge thanks to {name} for the late nights.',
  'Hot take: {food} is better the next day. Fight me.',
  'Reading {book} for the second time and noticing so much more about the side characters.',
  'The train to {place} was {n} minutes late again. Third time this week.',
  'Congrats to {name} on the new role at {company}! Well deserved after years of hard work.',
  'Does anyone else keep {n} browser tabs open "just in case"? Asking for a friend.',
  'Photo dump from the weekend at {place}: sunsets, {food} and way too many dogs.',
  'We are hiring a frontend engineer in {place}. React, TypeScript, accessibility. Salary range in the post.',
  'Quarterly results: revenue grew {n}% year over year, margins held steady, guidance unchanged.',
  'My grandmother turns {n} today. She still beats all of us at cards.',
  'Thread: {n} things I learned migrating a legacy app to TypeScript. 1/ Start with strict mode off.',
  'New video is up: restoring a {n}-year-old bicycle from a barn find. Link below.',
  'Weather in {place} went from sunny to hail in ten minutes. Classic spring.',
  'I asked ChatGPT to plan a {food} dinner menu and it suggested three desserts. Respect.',
  'Used an AI tool to clean up the audio on our podcast, saved me an hour of editing this week.',
  'Anyone going to the {company} meetup on Thursday? I will bring {food}.',
  'Book club pick for next month is {book}. Meeting at {place} library, all welcome.',
  'Finally paid off the car loan. Small win, but it feels great.',
  'PSA: the {place} farmers market moved to Saturdays. Same stalls, better {food}.',
  'Our cat learned to open the fridge. Send help. And {food}.',
  'Interviewing tips that actually worked for me: prepare stories, ask about the team, follow up.',
  'The new {company} update broke my keyboard shortcuts again, anyone found a workaround?',
];

const INNOCENT_TRIGGERS = [
  'Guaranteed delivery by Friday on all orders over ${n}0.',
  'This slow cooker is set it and forget it, chili ready when you get home.',
  'The robot vacuum cleans the whole flat while you sleep, best purchase this year.',
  'The captain turned on the autopilot once we reached cruising altitude over {place}.',
  'No experience needed to join the {place} choir, rehearsals on Tuesdays.',
  'Only {n} spots left for Saturday pottery class, ${n}0 including clay.',
  'Grandma finally shared her secret recipe for {food}.',
  'Lifetime warranty on the hinges, they said. Broke after {n} years.',
  'Overnight oats with {food} are my new breakfast obsession.',
  'Is passive income from dividends really worth it at my age? Genuine question.',
];

const HYPE = [
  'I make ${n}00 a day while I sleep with my AI store. DM me "AUTO" for the setup.',
  'Passive income on autopilot: ${n}k/month with ChatGPT, no skills needed. Link in bio.',
  'Made ${n},400 my first week with faceless YouTube. Anyone can do this.',
  'Only {n} spots left in my AI income mastermind, price doubles at midnight!',
  'Guaranteed income of ${n},000 a month from our AI trading bot. Zero risk.',
  'The secret AI side hustle banks do not want you to know: ${n}00 a day on autopilot.',
  'Quit your 9-5 in 90 days with this AI dropshipping system. Comment "AI" below.',
  'Build it once with AI and collect passive income forever. No audience needed.',
];

const FILL: Record<string, string[]> = {
  place: ['river', 'old town', 'Lisbon', 'the harbour', 'Leeds', 'Osaka', 'the park', 'Denver'],
  food: ['ramen', 'lasagna', 'tacos', 'banana bread', 'dumplings', 'curry', 'pho', 'cheesecake'],
  name: ['Priya', 'Tom', 'Aisha', 'Lukas', 'Mei', 'Jorge', 'Sam', 'Olu'],
  company: ['Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Hooli'],
  book: ['Middlemarch', 'The Dispossessed', 'Piranesi', 'Beloved', 'Dune'],
};

/** A small seeded PRNG (mulberry32) so every run generates the same feed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated post with its intended label. */
export interface FeedPost {
  text: string;
  hype: boolean;
}

/** Generates posts until their text reaches `bytes`; `hypeShare` of them are hype, 8% innocent trigger uses. */
export function generateFeed(bytes: number, hypeShare = 0.03, seed = 42): FeedPost[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const posts: FeedPost[] = [];
  let size = 0;
  while (size < bytes) {
    const roll = rand();
    const hype = roll < hypeShare;
    const template = hype
      ? pick(HYPE)
      : roll < hypeShare + 0.08
        ? pick(INNOCENT_TRIGGERS)
        : pick(ORDINARY);
    // Posts are one to three sentences, like a feed of short updates and the odd longer thread.
    const extra = rand() < 0.3 ? ` ${pick(ORDINARY)}` : '';
    const text = (template + extra).replace(/\{(\w+)\}/g, (_, key: string) =>
      key === 'n' ? String(2 + Math.floor(rand() * 9)) : pick(FILL[key] ?? ['']),
    );
    posts.push({ text, hype });
    size += text.length;
  }
  return posts;
}
