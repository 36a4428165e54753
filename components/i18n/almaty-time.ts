// Dates and times shown by client components, in Almaty time: "05.12.2026, 14:03" in kk and ru,
// "05/12/2026, 14:03" in en. Built from en-GB parts because many browsers and phones (headless
// Chromium among them) have no Kazakh locale data and would print "2026 M12 5".
export function formatAlmatyTime(date: Date, locale: string, { seconds = false }: { seconds?: boolean } = {}): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const separator = locale === 'en' ? '/' : '.';
  return `${parts.day}${separator}${parts.month}${separator}${parts.year}, ${parts.hour}:${parts.minute}${seconds ? `:${parts.second}` : ''}`;
}
