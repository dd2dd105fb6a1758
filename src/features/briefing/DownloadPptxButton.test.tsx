import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadTestModel } from '../../../tests/setup/dataset';
import { resetAppStore, useAppStore } from '../../store/appStore';
import type { DeckParts } from './deck/types';
import { DownloadPptxButton } from './DownloadPptxButton';
import { pptxFileName } from './pptx/savePptxFile';

const model = loadTestModel();

beforeEach(() => resetAppStore());

describe('pptxFileName', () => {
  it('is mission-atlas-<lang>-<selection>-<date>.pptx, the date the local day it was made', () => {
    expect(pptxFileName({ lang: 'zh-Hant', selectionKey: 'uz' }, new Date(2026, 5, 4, 23, 59))).toBe('mission-atlas-zh-Hant-uz-2026-06-04.pptx');
    expect(pptxFileName({ lang: 'en', selectionKey: 'all' }, new Date(2027, 0, 9))).toBe('mission-atlas-en-all-2027-01-09.pptx');
  });
});

describe('DownloadPptxButton', () => {
  it('shows a busy state while the file is made, then says clearly why it failed, and can be tried again', async () => {
    useAppStore.setState({ dataset: { status: 'ready', model }, lang: 'en' });
    let fail: (reason: Error) => void = () => {};
    const loadParts = () =>
      new Promise<() => DeckParts>((_, reject) => {
        fail = reject;
      });
    render(<DownloadPptxButton loadParts={loadParts} />);
    const button = screen.getByRole('button', { name: 'Download PowerPoint (.pptx)' });
    expect(button).toHaveAttribute('aria-busy', 'false');

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the PowerPoint file…');

    await act(async () => fail(new Error('the charts could not load')));
    await screen.findByText('The PowerPoint file could not be made: the charts could not load');
    expect(button).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('status')).toHaveClass('pptx-download__status--failed');

    // Not stuck: a second click starts again.
    await userEvent.click(button);
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the PowerPoint file…');
  });

  it('speaks the reader’s language', () => {
    useAppStore.setState({ dataset: { status: 'ready', model }, lang: 'zh-Hant' });
    render(<DownloadPptxButton loadParts={() => new Promise(() => {})} />);
    expect(screen.getByRole('button', { name: '下載PowerPoint（.pptx）' })).toBeInTheDocument();
  });
});
