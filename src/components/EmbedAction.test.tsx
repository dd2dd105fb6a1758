import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmbedAction } from './EmbedAction';

const src = 'https://atlas.example.org/embed.html?view=economy&lang=zh-Hant&country=KZ';

describe('EmbedAction', () => {
  it('opens ready-to-paste code for the view as it is, and the host script for its origin', async () => {
    const user = userEvent.setup();
    render(<EmbedAction lang="zh-Hant" src={src} frameTitle="經濟與貿易 · 出訪圖鑑" height={860} />);
    const button = screen.getByRole('button', { name: '嵌入' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const code = (await screen.findByRole('textbox', { name: /嵌入此視圖/ })) as HTMLTextAreaElement;
    expect(code.value).toContain('src="https://atlas.example.org/embed.html?view=economy&amp;lang=zh-Hant&amp;country=KZ"');
    expect(code.value).toContain('title="經濟與貿易 · 出訪圖鑑"');
    expect(code.value).toContain('height="860"');
    const script = screen.getByRole('textbox', { name: /框架高度/ }) as HTMLTextAreaElement;
    expect(script.value).toContain('event.origin !== "https://atlas.example.org"');
  });

  it('copies the code, and says so', async () => {
    const user = userEvent.setup();
    render(<EmbedAction lang="en" src={src} frameTitle="Economy · Mission Atlas" height={860} />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    await user.click(await screen.findByRole('button', { name: 'Copy code' }));
    expect(await navigator.clipboard.readText()).toContain('<iframe src="https://atlas.example.org/embed.html');
    expect(screen.getByText('Copied to the clipboard.')).toBeInTheDocument();
  });

  it('closes with Escape or Close, and gives focus back to the button', async () => {
    const user = userEvent.setup();
    render(<EmbedAction lang="en" src={src} frameTitle="Economy · Mission Atlas" height={860} />);
    const button = screen.getByRole('button', { name: 'Embed' });
    await user.click(button);
    await user.click(await screen.findByRole('textbox', { name: /paste this code/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});
