import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  axeViolations,
  DESKTOP,
  lookAtEveryWay,
  newPerson,
  problemsOf,
  SHOTS,
  type Haven,
} from './harness.js';

/**
 * The browser suite's one voice: a `Person` whose methods are what a person
 * does in Haven (signs up, checks in, writes, makes a safety plan), so each
 * test reads as someone using the app. Every method drives the screen by role
 * and label, as a person finds things; none reaches into the page's insides.
 * Methods that wait for something to be so ("sees") are observations; the
 * tests keep their own `expect`s.
 */

/** Text or an accessible name, matched as Playwright matches it. */
export type Name = string | RegExp;

export const PASSPHRASE = 'a long walk by the river';

/** One part of the screen a person looks at and acts on: the whole page, a region, a dialog. */
export class View {
  constructor(
    private readonly root: Page | Locator,
    private readonly tally: Gestures,
  ) {}

  text(text: Name, options: { exact?: boolean } = {}): Locator {
    return this.root.getByText(text, options);
  }

  heading(name: Name, level?: number): Locator {
    return this.root.getByRole('heading', level === undefined ? { name } : { name, level });
  }

  /** The page's own title, its one level-1 heading; any title when no name is given. */
  pageTitle(name?: Name): Locator {
    return this.root.getByRole('heading', name === undefined ? { level: 1 } : { name, level: 1 });
  }

  link(name: Name): Locator {
    return this.root.getByRole('link', { name });
  }

  button(name: Name, options: { exact?: boolean } = {}): Locator {
    return this.root.getByRole('button', { name, ...options });
  }

  radio(name: Name, options: { exact?: boolean } = {}): Locator {
    return this.root.getByRole('radio', { name, ...options });
  }

  /** A form control, found by its label. */
  field(label: Name, options: { exact?: boolean } = {}): Locator {
    return this.root.getByLabel(label, options);
  }

  /** The site header, with its navigation. */
  banner(): Locator {
    return this.root.getByRole('banner');
  }

  textboxes(): Locator {
    return this.root.getByRole('textbox');
  }

  /** Text shown in bold. */
  boldText(text: Name): Locator {
    return this.root.locator('strong', { hasText: text });
  }

  listItem(containing: Name): Part {
    return this.part(this.root.getByRole('listitem').filter({ hasText: containing }));
  }

  region(name: Name): Part {
    return this.part(this.root.getByRole('region', { name }));
  }

  dialog(name: Name): Part {
    return this.part(this.root.getByRole('dialog', { name }));
  }

  /** A complementary landmark: something offered beside the main thing, such as the mind-reading pause; any such, without a name. */
  aside(name?: Name): Part {
    return this.part(this.root.getByRole('complementary', name === undefined ? {} : { name }));
  }

  article(name: Name): Part {
    return this.part(this.root.getByRole('article', { name }));
  }

  /** Waits until the text is shown; with `several`, it may be shown in more than one place. */
  async sees(
    text: Name,
    options: { exact?: boolean; timeout?: number; several?: boolean } = {},
  ): Promise<void> {
    const found = this.text(text, options.exact === undefined ? {} : { exact: options.exact });
    await (options.several ? found.first() : found).waitFor(
      options.timeout === undefined ? {} : { timeout: options.timeout },
    );
  }

  /** Waits until the text is mentioned at least once on the screen, shown or not. */
  async seesMentionOf(text: Name): Promise<void> {
    await expect.poll(() => this.text(text).count(), { message: String(text) }).toBeGreaterThan(0);
  }

  async seesHeading(name: Name, level?: number): Promise<void> {
    await this.heading(name, level).waitFor();
  }

  async seesPageTitle(name?: Name): Promise<void> {
    await this.pageTitle(name).waitFor();
  }

  async seesLink(name: Name): Promise<void> {
    await this.link(name).waitFor();
  }

  async seesButton(name: Name, options: { exact?: boolean } = {}): Promise<void> {
    await this.button(name, options).waitFor();
  }

  /** Presses the button of that name. */
  async click(name: Name, options: { exact?: boolean } = {}): Promise<void> {
    await this.act(() => this.button(name, options).click());
  }

  async follow(link: Name): Promise<void> {
    await this.act(() => this.link(link).click());
  }

  /** Opens a disclosure (a `<details>` summary, a "more" line) by clicking its words. */
  async open(words: Name): Promise<void> {
    await this.act(() => this.text(words).click());
  }

  async fill(label: Name, text: string, options: { exact?: boolean } = {}): Promise<void> {
    await this.act(() => this.field(label, options).fill(text));
  }

  async select(label: Name, value: string): Promise<void> {
    await this.act(async () => {
      await this.field(label).selectOption(value);
    });
  }

  async choose(radio: Name): Promise<void> {
    await this.act(() => this.radio(radio).check());
  }

  async uncheck(label: Name): Promise<void> {
    await this.act(() => this.field(label).uncheck());
  }

  /** Counts one thing the person did with a finger or a key. */
  protected async act(doing: () => Promise<void>): Promise<void> {
    this.tally.count++;
    await doing();
  }

  private part(element: Locator): Part {
    return new Part(element, this.tally);
  }
}

/** A region, dialog or aside: a `View` that can also come and go. */
export class Part extends View {
  constructor(
    readonly element: Locator,
    gestures: Gestures,
  ) {
    super(element, gestures);
  }

  async appears(): Promise<void> {
    await this.element.waitFor();
  }

  async goesAway(): Promise<void> {
    await this.element.waitFor({ state: 'hidden' });
  }

  /** How many of it are on the page now: 0 when it is not there. */
  count(): Promise<number> {
    return this.element.count();
  }

  isVisible(): Promise<boolean> {
    return this.element.isVisible();
  }
}

/** A check-in as a person makes it; every part but the pad is optional, as on the screen. */
export interface CheckIn {
  /** Where to tap the pad, each from -1 to 1. */
  pleasantness?: number;
  energy?: number;
  /** Feeling words, as their buttons are named. */
  words?: string[];
  /** Body parts and sensations, as their buttons are named, in the order tapped. */
  body?: string[];
  needs?: { unmet?: string[]; met?: string[] };
  /** A suggestion to pick for "What can you do for yourself right now?". */
  care?: Name;
  note?: string;
}

export interface SelfAbandonment {
  happened: string;
  setAside: string;
  felt: string;
  nextTime: string;
}

export interface Arrival {
  name: string;
  passphrase?: string;
  size?: { width: number; height: number };
}

/** What the server holds for one record, as the person's own session reads it. */
export interface StoredRecord {
  id: string;
  payload: Record<string, unknown>;
}

/** The add field of each profile section the suite uses, by the section's heading. */
const PROFILE_ADD_LABEL = {
  'My values': 'Add a value',
  'My boundaries': 'Add a boundary',
} as const;

export type ProfileSection = keyof typeof PROFILE_ADD_LABEL;

const HELP = 'Get help now';

export class Person extends View {
  private readonly done: Gestures;
  #passphrase: string;

  /** Someone new opens Haven in their own browser window (a fresh context: no cookies, no storage). */
  static async arrive(browser: Browser, haven: Haven, arrival: Arrival): Promise<Person> {
    const { page } = await newPerson(browser, haven, arrival.size ?? DESKTOP);
    return new Person(page, arrival.name, arrival.passphrase);
  }

  constructor(
    readonly page: Page,
    readonly name: string,
    passphrase = PASSPHRASE,
  ) {
    const done: Gestures = { count: 0 };
    super(page, done);
    this.done = done;
    this.#passphrase = passphrase;
  }

  get passphrase(): string {
    return this.#passphrase;
  }

  /** How many taps, clicks and key presses the person has made through these methods. */
  get gestures(): number {
    return this.done.count;
  }

  async leave(): Promise<void> {
    await this.page.context().close();
  }

  // Finding the way.

  /** Goes to an address and waits for its page title. */
  async visit(path: string): Promise<void> {
    await this.page.goto(path);
    await this.seesPageTitle();
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  path(): string {
    return new URL(this.page.url()).pathname;
  }

  async arrivesAt(address: RegExp | ((url: URL) => boolean)): Promise<void> {
    await this.page.waitForURL(address);
  }

  // The navigation: a row in the header on a wide screen, a tab bar at the foot of a phone's, with menus.

  /** The main navigation, wherever the screen's size puts it. */
  get mainNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  /** Follows the navigation's link of that name (exactly, when a string), looking in its menus if it is not in sight. */
  async navigateTo(area: Name): Promise<void> {
    const link = this.mainNav.getByRole('link', { name: area, exact: typeof area === 'string' });
    await this.lookInMenusFor(link);
    await this.act(() => link.filter({ visible: true }).click());
  }

  /** Opens one of the navigation's menus ("Practices", "More"); returns its panel. */
  async openNavMenu(name: Name): Promise<Locator> {
    const button = this.navMenuButton(name);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await this.act(() => button.click());
    const panel = this.page.locator(`[id="${(await button.getAttribute('aria-controls')) ?? ''}"]`);
    await panel.waitFor();
    return panel;
  }

  navMenuButton(name: Name): Locator {
    return this.mainNav.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The names of the navigation's items in sight that say "you are here" (aria-current). */
  async currentInNav(): Promise<string[]> {
    const items = this.mainNav.locator('[aria-current]').filter({ visible: true });
    return (await items.allInnerTexts()).map((text) => text.trim());
  }

  /** What the header and the tab bar cover of the screen, in pixels from the top and from the foot. */
  async chrome(): Promise<{ top: number; bottom: number; height: number }> {
    return this.page.evaluate(() => {
      const height = innerHeight;
      const header = document.querySelector('header')?.getBoundingClientRect();
      const nav = document.querySelector('nav[aria-label="Main"]')?.getBoundingClientRect();
      const top = header && header.top <= 0 ? Math.max(0, header.bottom) : 0;
      // The navigation is a bar at the foot only where it sits there; on a wide screen it is inside the header.
      const bottom = nav && nav.bottom >= height - 1 && nav.top > height / 2 ? height - nav.top : 0;
      return { top, bottom, height };
    });
  }

  /** Looks for something in the navigation's menus when it is not in sight, as a person would: one menu, then the next. */
  private async lookInMenusFor(target: Locator): Promise<void> {
    if ((await target.filter({ visible: true }).count()) > 0) return;
    const menus = this.mainNav.getByRole('button', { expanded: false }).filter({ visible: true });
    for (const menu of await menus.all()) {
      await this.act(() => menu.click());
      if ((await target.filter({ visible: true }).count()) > 0) return;
      await this.press('Escape');
    }
  }

  async chooseTheme(theme: string): Promise<void> {
    await this.act(() =>
      this.page
        .locator('label', { hasText: new RegExp(`^${theme}$`) })
        .first()
        .click(),
    );
  }

  theme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.theme);
  }

  // The account.

  async signUp(): Promise<string> {
    await this.page.goto('/sign-up');
    const code = await this.createAccount();
    await this.saveRecoveryCode();
    await this.seesPageTitle();
    return code;
  }

  /** Fills in the sign-up form already on screen; stops at the recovery code, which it returns. */
  async createAccount(): Promise<string> {
    await this.fill('Account name', this.name);
    await this.fill('Passphrase', this.passphrase, { exact: true });
    await this.click('Create account');
    return this.readRecoveryCode();
  }

  async saveRecoveryCode(): Promise<void> {
    await this.act(() => this.field('I have saved my recovery code somewhere safe').check());
    await this.click('Continue');
    await this.page.getByTestId('recovery-code').waitFor({ state: 'detached' });
  }

  async signIn(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.fill('Account name', this.name);
    await this.fill('Passphrase', this.passphrase, { exact: true });
    await this.click('Sign in');
    await this.page.waitForURL((url) => url.pathname !== '/sign-in');
    await this.seesPageTitle();
  }

  async lock(): Promise<void> {
    await this.lookInMenusFor(this.button('Lock'));
    await this.click('Lock');
    await this.seesHeading('Haven is locked');
  }

  /** Signs in again from the lock screen. */
  async unlock(): Promise<void> {
    await this.fill('Passphrase', this.passphrase, { exact: true });
    await this.click('Sign in');
  }

  async forgetPassphrase(): Promise<void> {
    await this.follow('Forgot your passphrase?');
    await this.seesHeading('Set a new passphrase');
  }

  /** Sets a new passphrase with the recovery code; stops at the new recovery code, which it returns. */
  async recover(code: string, newPassphrase: string): Promise<string> {
    await this.fill('Account name', this.name);
    await this.fill('Recovery code', code);
    await this.fill('New passphrase', newPassphrase, { exact: true });
    await this.click('Set new passphrase');
    this.#passphrase = newPassphrase;
    return this.readRecoveryCode();
  }

  /** Downloads everything as JSON from settings (already open) and returns the parsed file. */
  async exportData(): Promise<unknown> {
    const form = this.page.locator('form[aria-labelledby="export-title"]');
    await this.act(() => form.getByLabel('Your passphrase').fill(this.passphrase));
    const download = this.page.waitForEvent('download');
    await this.act(() => form.getByRole('button', { name: 'Download JSON' }).click());
    return JSON.parse(readFileSync(await (await download).path(), 'utf8')) as unknown;
  }

  /** Starts deleting the account from settings (already open); returns the confirming dialog. */
  async askToDeleteAccount(): Promise<Part> {
    await this.click('Delete my account…');
    const dialog = this.dialog('Delete your account?');
    await dialog.appears();
    return dialog;
  }

  async confirmDeletingAccount(): Promise<void> {
    const dialog = this.dialog('Delete your account?');
    await dialog.fill('Account name', this.name);
    await dialog.fill('Passphrase', this.passphrase, { exact: true });
    await dialog.click('Delete everything');
    await this.page.waitForURL((url) => url.pathname === '/goodbye');
  }

  /** The HTTP status of asking the server who is signed in, with this browser's cookies. */
  async sessionStatus(): Promise<number> {
    return (await this.page.request.get('/api/v1/session')).status();
  }

  /** The HTTP status of signing in straight through the API with the current passphrase. */
  async signInStatus(): Promise<number> {
    const response = await this.page.request.post('/api/v1/auth/signin', {
      data: { name: this.name, passphrase: this.passphrase },
      headers: { 'x-haven-csrf': '1' },
    });
    return response.status();
  }

  // Help and safety.

  get helpPanel(): Part {
    return this.dialog(HELP);
  }

  /** Tabs from the top of a freshly loaded page to "Get help now" and opens it with Enter. */
  async openHelpByKeyboard(withinTabs: number): Promise<Part> {
    await this.tabTo(new RegExp(HELP), withinTabs);
    await this.press('Enter');
    await this.helpPanel.appears();
    return this.helpPanel;
  }

  async closeHelpWithEscape(): Promise<void> {
    await this.press('Escape');
    await this.helpPanel.goesAway();
  }

  /** Adds a line to a section of the safety plan by typing straight into it, and sees it there. */
  async addToSafetyPlan(section: string, text: string): Promise<void> {
    const region = this.region(section);
    await region.click(/Add/);
    // Adding moves focus to the new line, so typing goes straight in.
    await this.type(text);
    expect(await region.textboxes().last().inputValue()).toBe(text);
  }

  async addPersonToAsk(name: string, howToReach: string): Promise<void> {
    const people = this.region('People I can ask for help');
    await people.click(/Add someone/);
    await this.type(name);
    await people.fill(/How to reach them/, howToReach);
  }

  /** Presses "Save my plan" to save at once, rather than waiting for the plan to save itself. */
  async saveSafetyPlan(): Promise<void> {
    await this.click('Save my plan');
    await this.seesSafetyPlanSaved();
  }

  /** Waits for the plan to say it is saved: it saves itself a moment after the writing pauses. */
  async seesSafetyPlanSaved(): Promise<void> {
    await this.sees('Saved. You can come back and change it any time.', { exact: true, timeout: 15_000 });
  }

  /** The lines of one section of the safety plan, as they read on screen. */
  safetyPlanLines(section: string): Promise<string[]> {
    return this.region(section)
      .textboxes()
      .evaluateAll((boxes) => boxes.map((box) => (box instanceof HTMLTextAreaElement ? box.value : '')));
  }

  /** Opens "Get help now" from the header and follows it to the safety plan, without leaving the app. */
  async openSafetyPlanFromHelp(): Promise<void> {
    await this.click(HELP, { exact: true });
    await this.helpPanel.appears();
    await this.helpPanel.follow('Open your safety plan');
    await this.seesPageTitle('My safety plan');
  }

  /** Presses "Print" with the browser's print dialog stood in for; says whether printing was asked for. */
  async print(): Promise<boolean> {
    await this.page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await this.click('Print');
    return (await this.page.evaluate(() => document.body.getAttribute('data-printed'))) === 'yes';
  }

  /** Looks at the page as it would print, and keeps a picture of it named `shot`. */
  async viewAsPrinted(shot: string): Promise<void> {
    await this.page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await this.page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
  }

  /** Prints to a PDF named `file` and returns how many A4 pages it took. */
  async printedPages(file: string): Promise<number> {
    const pdf = await this.page.pdf({ format: 'A4', path: join(SHOTS, `${file}.pdf`) });
    return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  }

  async viewOnScreen(): Promise<void> {
    await this.page.emulateMedia({ media: 'screen' });
  }

  // Checking in.

  /** Taps the check-in pad: pleasantness left to right, energy bottom to top, each from -1 to 1. */
  async placeFeeling({ pleasantness, energy }: { pleasantness: number; energy: number }): Promise<void> {
    const pad = this.page.getByRole('slider', { name: /How you feel/ });
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error('The pad is not on screen');
    const across = (pleasantness + 1) / 2;
    const down = (1 - energy) / 2;
    await this.act(() => this.page.mouse.click(box.x + box.width * across, box.y + box.height * down));
  }

  /** Makes a check-in on the check-in page, without saving it yet. */
  async fillCheckIn(checkIn: CheckIn): Promise<void> {
    if (checkIn.pleasantness !== undefined || checkIn.energy !== undefined) {
      await this.placeFeeling({ pleasantness: checkIn.pleasantness ?? 0, energy: checkIn.energy ?? 0 });
    }
    for (const word of checkIn.words ?? []) await this.click(word, { exact: true });
    if (checkIn.body) {
      await this.open('Where do you feel it in your body?');
      for (const part of checkIn.body) await this.click(part, { exact: true });
    }
    if (checkIn.needs) {
      await this.open('Which needs feel met, or unmet?');
      // Needs start out as unmet; "Met" switches what the next taps mean.
      for (const need of checkIn.needs.unmet ?? []) await this.click(need, { exact: true });
      if (checkIn.needs.met?.length) {
        await this.act(() => this.text('Met', { exact: true }).click());
        for (const need of checkIn.needs.met) await this.click(need, { exact: true });
      }
    }
    if (checkIn.care !== undefined) {
      await this.open('What can you do for yourself right now?');
      await this.click(checkIn.care);
    }
    if (checkIn.note !== undefined) await this.fill('A note, if you like', checkIn.note);
  }

  async saveCheckIn(): Promise<void> {
    await this.click('Save check-in');
    await this.seesHeading('Saved. Thank you for checking in.');
  }

  async checkIn(checkIn: CheckIn): Promise<void> {
    await this.fillCheckIn(checkIn);
    await this.saveCheckIn();
  }

  /** Answers "What can I give myself?" after a check-in and keeps the answer with it. */
  async reflect(answer: string): Promise<void> {
    await this.fill('What can I give myself?', answer);
    await this.click('Keep this with my check-in');
    await this.sees('Your answer is kept with this check-in.');
  }

  // The journal.

  get writing(): Locator {
    return this.field('Your writing');
  }

  /** Clicks into the journal entry's writing and types, at `delay` milliseconds a key if given. */
  async write(text: string, options: { delay?: number } = {}): Promise<void> {
    await this.act(() => this.writing.click());
    await this.type(text, options);
  }

  /** Goes to the end of the writing and carries on. */
  async writeMore(text: string): Promise<void> {
    await this.act(() => this.writing.press('End'));
    await this.type(text);
  }

  writtenText(): Promise<string> {
    return this.writing.inputValue();
  }

  async tag(tags: string): Promise<void> {
    await this.fill('Tags (optional)', tags);
  }

  /** Switches to reading the entry as it will read; returns the reading. */
  async readBack(): Promise<Part> {
    await this.click('Read it back');
    return this.article('Your entry, as it reads');
  }

  async keepWriting(): Promise<void> {
    await this.click('Keep writing');
  }

  async search(words: string): Promise<void> {
    await this.fill('Search your journal', words);
  }

  /** The connection drops for saving: every record sent up fails as if offline. */
  async loseConnectionWhileSaving(): Promise<void> {
    await this.page
      .context()
      .route('**/api/v1/records/**', (route) =>
        route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.fallback(),
      );
  }

  async reconnect(): Promise<void> {
    await this.page.context().unroute('**/api/v1/records/**');
  }

  // Knowing myself, the soothing kit, growth paths.

  async addToProfile(
    section: ProfileSection,
    text: string,
    { pressingEnter = false }: { pressingEnter?: boolean } = {},
  ): Promise<void> {
    const region = this.region(section);
    const label = PROFILE_ADD_LABEL[section];
    await region.fill(label, text);
    if (pressingEnter) await this.act(() => region.field(label).press('Enter'));
    else await region.click('Add', { exact: true });
  }

  /** Adds one of the ideas a section offers, by its button "Add …". */
  async pickIdea(section: string, idea: string): Promise<void> {
    await this.region(section).click(`Add ${idea}`);
  }

  /** Gives an item of a section a note. */
  async annotate(section: string, item: string, note: string): Promise<void> {
    const region = this.region(section);
    await region.click(`Edit “${item}”`);
    await region.fill('A note (optional)', note);
    await region.click('Save', { exact: true });
  }

  async remove(section: string, item: string): Promise<void> {
    await this.region(section).click(`Remove “${item}”`);
  }

  async undo(section: string): Promise<void> {
    await this.region(section).click('Undo');
  }

  async noteSelfAbandonment(moment: SelfAbandonment): Promise<void> {
    const noticing = this.region('Noticing when I left myself');
    await noticing.fill('What happened?', moment.happened);
    await noticing.fill('Which value or boundary did I set aside?', moment.setAside);
    await noticing.fill('What did I feel, then or now?', moment.felt);
    await noticing.fill('What would I like to do next time, if I can?', moment.nextTime);
    await noticing.click('Keep this moment');
  }

  /** Adds to the soothing kit in the words of the person, under a sense ("Touch", "Sight"). */
  async addToSoothingKit(sense: string, text: string): Promise<void> {
    const region = this.region(sense);
    await region.fill(`Add your own ${sense.toLowerCase()}`, text);
    await region.click('Add', { exact: true });
  }

  /** Answers "which pattern sounds most like you?" on the growth paths page and saves it. */
  async choosePattern(pattern: Name): Promise<void> {
    await this.choose(pattern);
    await this.click('Save my answer');
  }

  // The keyboard.

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.act(() => this.page.keyboard.press(key));
  }

  /** Types wherever the focus is. */
  async type(text: string, options: { delay?: number } = {}): Promise<void> {
    await this.act(() => this.page.keyboard.type(text, options));
  }

  /** Presses Tab until the focused control's name matches, as a keyboard user would. */
  async tabTo(name: RegExp, withinTabs = 150): Promise<void> {
    for (let i = 0; i < withinTabs; i++) {
      await this.press('Tab');
      if (name.test(await this.focusedName())) return;
    }
    throw new Error(`Tab never reached ${String(name)} within ${String(withinTabs)} presses`);
  }

  focusedText(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.textContent ?? '');
  }

  focusedId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }

  focusedRole(): Promise<string | null | undefined> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('role'));
  }

  focusedTag(): Promise<string | undefined> {
    return this.page.evaluate(() => document.activeElement?.tagName);
  }

  /** The focused control's aria-label, label and text, as one line. */
  private focusedName(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement)) return '';
      const label = 'labels' in el && el.labels instanceof NodeList ? (el.labels[0]?.textContent ?? '') : '';
      return `${el.getAttribute('aria-label') ?? ''} ${label} ${el.textContent ?? ''}`.trim();
    });
  }

  // What the person (and the test) can check.

  /** Looks at the screen on phone and desktop, light and dark; keeps the screenshots; returns axe violations. */
  lookAtEveryWay(shot: string): Promise<string[]> {
    return lookAtEveryWay(this.page, shot);
  }

  /** Looks at the screen as it is now (its size, no scrolling) in light and dark; keeps the screenshots; returns axe violations. */
  async lookAtTheScreen(shot: string): Promise<string[]> {
    mkdirSync(SHOTS, { recursive: true });
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      // Reduced motion, so a change of colour scheme has finished before the picture is taken.
      await this.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await this.page.waitForTimeout(50);
      await this.page.screenshot({ path: join(SHOTS, `${shot}-${scheme}.png`) });
      for (const v of await axeViolations(this.page)) violations.push(`[${scheme}] ${v}`);
    }
    await this.page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    return violations;
  }

  /** Console errors, uncaught errors and off-machine requests so far, less those matching `except`. */
  problems(except?: RegExp): string[] {
    return problemsOf(this.page).filter((p) => !except?.test(p));
  }

  /** Sets aside the problems matching `expected` (so later checks see only the rest); returns how many. */
  setAsideProblems(expected: RegExp): number {
    const problems = problemsOf(this.page);
    const rest = problems.filter((p) => !expected.test(p));
    const setAside = problems.length - rest.length;
    problems.splice(0, problems.length, ...rest);
    return setAside;
  }

  /** What the server holds for this person of one kind, read with their own session. */
  async records(kind: string): Promise<StoredRecord[]> {
    const response = await this.page.request.get(`/api/v1/records?kind=${kind}`);
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { items: StoredRecord[] };
    return body.items;
  }

  /** What this browser keeps in localStorage under `key`. */
  stored(key: string): Promise<string | null> {
    return this.page.evaluate((k) => window.localStorage.getItem(k), key);
  }

  /** Waits a moment without doing anything, to show that something does not happen. */
  async wait(ms: number): Promise<void> {
    await this.page.waitForTimeout(ms);
  }

  private async readRecoveryCode(): Promise<string> {
    const code = this.page.getByTestId('recovery-code');
    await code.waitFor();
    return ((await code.textContent()) ?? '').trim();
  }
}

interface Gestures {
  count: number;
}
