// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SAFETY_PLAN_SECTIONS, type SafetyPlanSection } from '../../../core/safety/kinds.js';
import { LineList } from './LineList.js';
import { MAX_ITEMS, newKey, type LineItem, type PersonItem } from './lists.js';
import { PeopleList } from './PeopleList.js';

afterEach(cleanup);

describe('the plan’s item editor, shared by lines and people', () => {
  it('moves focus into a new line, and Enter starts the next one just below', async () => {
    const user = userEvent.setup();
    render(<Lines />);

    await user.click(screen.getByRole('button', { name: /^Add one/ }));
    await user.keyboard('I go quiet');
    await user.keyboard('{Enter}I skip meals');
    await user.click(screen.getByRole('textbox', { name: 'My warning signs, 1' }));
    await user.keyboard('{Enter}I stop answering');

    expect(values()).toEqual(['I go quiet', 'I stop answering', 'I skip meals']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'My warning signs, 2' }));
    expect(screen.getByRole('button', { name: /^Add another/ })).toBeTruthy();
  });

  it('moves focus to the line before one removed, and back to "Add" when none are left', async () => {
    const user = userEvent.setup();
    render(<Lines start={['First', 'Second']} />);

    await user.click(screen.getByRole('button', { name: /Remove\s*My warning signs, 2/ }));
    expect(values()).toEqual(['First']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'My warning signs, 1' }));

    await user.click(screen.getByRole('button', { name: /Remove\s*My warning signs, 1/ }));
    expect(values()).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Add one/ }));
  });

  it('offers no more once a section is full, and Enter then stays inside the line', async () => {
    const user = userEvent.setup();
    render(<Lines start={Array.from({ length: MAX_ITEMS }, (_, n) => `Line ${n + 1}`)} />);

    expect(screen.queryByRole('button', { name: /^Add/ })).toBeNull();
    await user.click(screen.getByRole('textbox', { name: `My warning signs, ${MAX_ITEMS}` }));
    await user.keyboard('{Enter}');
    expect(values()).toHaveLength(MAX_ITEMS);
  });

  it('edits a person’s name and how to reach them as one item', async () => {
    const user = userEvent.setup();
    render(<People />);

    await user.click(screen.getByRole('button', { name: /^Add someone/ }));
    await user.keyboard('Sam, my neighbour');
    await user.type(screen.getByRole('textbox', { name: /How to reach them/ }), '07700 900123');
    await user.click(screen.getByRole('button', { name: /^Add someone else/ }));

    expect(document.activeElement).toBe(
      screen.getByRole('textbox', { name: /Name\s*, People I can ask for help, 2/ }),
    );
    expect(values()).toEqual(['Sam, my neighbour', '07700 900123', '', '']);
  });
});

function section(id: SafetyPlanSection['id']): SafetyPlanSection {
  const found = SAFETY_PLAN_SECTIONS.find((s) => s.id === id);
  if (!found) throw new Error(`No section ${id}`);
  return found;
}

function Lines({ start = [] }: { start?: string[] }) {
  const [items, setItems] = useState<LineItem[]>(() => start.map((text) => ({ key: newKey(), text })));
  return <LineList section={section('warningSigns')} items={items} onChange={setItems} />;
}

function People() {
  const [items, setItems] = useState<PersonItem[]>([]);
  return <PeopleList section={section('peopleToAsk')} items={items} onChange={setItems} />;
}

function values(): string[] {
  return screen
    .queryAllByRole('textbox')
    .map((box) => (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement ? box.value : ''));
}
