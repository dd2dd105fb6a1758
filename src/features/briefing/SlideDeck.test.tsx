import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { loadTestModel } from '../../../tests/setup/dataset';
import { SlideDeck, type DeckSlide } from './SlideDeck';
import { SLIDE_IDS, buildSlideTexts, deckMoveForKey } from './slides';

// The fictional example mission; this trip's slide wording is checked in data/checks/SlideDeck.test.tsx.
const model = loadTestModel();

function deckSlides(): DeckSlide[] {
  return buildSlideTexts(model, 'en', null).map((text) => ({ ...text, source: `Source of ${text.id}`, content: <p>{text.id} content</p> }));
}

function Deck({ start = 1, onExit = () => {} }: { start?: number; onExit?: () => void }) {
  const [slide, setSlide] = useState(start);
  return <SlideDeck slides={deckSlides()} current={slide} lang="en" onGo={setSlide} onExit={onExit} />;
}

describe('slide order', () => {
  it('is headline figures, route map, agreements, timeline, economy, sources', () => {
    expect(SLIDE_IDS).toEqual(['headline', 'map', 'agreements', 'timeline', 'economy', 'notes']);
    const texts = buildSlideTexts(model, 'en', null);
    expect(texts.map((s) => s.title)).toEqual([
      'The trip in figures',
      'The route',
      'The agreements',
      'Day by day and the 5 outcomes',
      'The economies',
      'Sources and data notes',
    ]);
  });

  it('follows the country filter and the language', () => {
    const kg = buildSlideTexts(model, 'en', 'KG');
    expect(kg[0]?.takeaway).toBe('4 of the 14 agreements and MoUs were with Kyrgyzstan.');
    expect(kg[2]?.takeaway).toBe('Kyrgyzstan: 1 government and 3 non-government agreements and MoUs.');
    const mn = buildSlideTexts(model, 'zh-Hant', 'MN');
    expect(mn[2]?.takeaway).toBe('蒙古：政府層面2份，非政府層面5份。');
  });
});

describe('deckMoveForKey', () => {
  it('moves by one with arrows and clicker keys, jumps with Home/End, stops at the ends', () => {
    expect(deckMoveForKey('ArrowRight', 1, 6)).toEqual({ kind: 'go', slide: 2 });
    expect(deckMoveForKey('PageDown', 2, 6)).toEqual({ kind: 'go', slide: 3 });
    expect(deckMoveForKey('ArrowLeft', 3, 6)).toEqual({ kind: 'go', slide: 2 });
    expect(deckMoveForKey('PageUp', 2, 6)).toEqual({ kind: 'go', slide: 1 });
    expect(deckMoveForKey('Home', 5, 6)).toEqual({ kind: 'go', slide: 1 });
    expect(deckMoveForKey('End', 1, 6)).toEqual({ kind: 'go', slide: 6 });
    expect(deckMoveForKey('ArrowLeft', 1, 6)).toBeNull();
    expect(deckMoveForKey('PageDown', 6, 6)).toBeNull();
    expect(deckMoveForKey('Escape', 4, 6)).toEqual({ kind: 'exit' });
    expect(deckMoveForKey('a', 4, 6)).toBeUndefined();
    expect(deckMoveForKey('ArrowDown', 4, 6)).toBeUndefined();
    // A clicker's Space and Shift+Space.
    expect(deckMoveForKey(' ', 2, 6)).toEqual({ kind: 'go', slide: 3 });
    expect(deckMoveForKey(' ', 2, 6, true)).toEqual({ kind: 'go', slide: 1 });
    expect(deckMoveForKey(' ', 6, 6)).toBeNull();
  });
});

describe('SlideDeck', () => {
  it('shows one slide with title, takeaway, source and counter, and takes focus', () => {
    render(<Deck />);
    expect(screen.getByRole('heading', { level: 2, name: 'The trip in figures' })).toBeVisible();
    expect(screen.getByText('1 / 6')).toBeVisible();
    expect(screen.getByText('Source of headline')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Briefing slides' })).toHaveFocus();
    expect(screen.getByText('Slide 1 of 6: The trip in figures')).toHaveAttribute('aria-live', 'polite');
  });

  it('moves with the keyboard and announces each slide', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    render(<Deck onExit={onExit} />);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 2, name: 'The route' })).toBeVisible();
    expect(screen.getByText('2 / 6')).toBeVisible();
    expect(screen.getByText('map content')).toBeVisible();
    expect(screen.getByText('Slide 2 of 6: The route')).toBeInTheDocument();
    await user.keyboard('{PageDown}{PageDown}');
    expect(screen.getByText('4 / 6')).toBeVisible();
    await user.keyboard('{PageUp}');
    expect(screen.getByRole('heading', { level: 2, name: 'The agreements' })).toBeVisible();
    await user.keyboard('{End}');
    expect(screen.getByText('6 / 6')).toBeVisible();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('6 / 6')).toBeVisible();
    await user.keyboard('{Home}');
    expect(screen.getByText('1 / 6')).toBeVisible();
    expect(onExit).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('has buttons for the same moves, disabled at the ends', async () => {
    const user = userEvent.setup();
    render(<Deck start={5} />);
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expect(screen.getByText('6 / 6')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Next slide' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous slide' }));
    expect(screen.getByText('5 / 6')).toBeVisible();
  });

  it('clamps a deep link past the end to the last slide', () => {
    render(<SlideDeck slides={deckSlides()} current={42} lang="en" onGo={() => {}} onExit={() => {}} />);
    expect(screen.getByText('6 / 6')).toBeVisible();
  });

  it('leaves keys typed into a field alone', async () => {
    const user = userEvent.setup();
    const slides = deckSlides().map((s, i) => (i === 0 ? { ...s, content: <input aria-label="search" /> } : s));
    const onGo = vi.fn();
    render(<SlideDeck slides={slides} current={1} lang="en" onGo={onGo} onExit={() => {}} />);
    await user.click(screen.getByRole('textbox', { name: 'search' }));
    await user.keyboard('{ArrowRight}');
    expect(onGo).not.toHaveBeenCalled();
  });
});
