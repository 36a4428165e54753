// Dates and times on staff pages, in Almaty time: "05.12.2026, 14:03" in kk and ru, "05/12/2026,
// 14:03" in en. Built from en-GB parts: many browsers and phones have no Kazakh locale data and
// would print "2026 M12 5".
export function formatAlmatyTime(date: Date, locale: string, options: { seconds?: boolean; time?: boolean } = {}): string {
  const { seconds = false, time = true } = options;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const separator = locale === 'en' ? '/' : '.';
  const day = `${parts.day}${separator}${parts.month}${separator}${parts.year}`;
  if (!time) return day;
  return `${day}, ${parts.hour}:${parts.minute}${seconds ? `:${parts.second}` : ''}`;
}
