// What a staff page says instead of its content — nothing there, or not this member's to see — inside
// the workspace's header and navigation (the public 404 page would drop them out of it).
export function StaffRefusal({ title, body, backHref, backLabel }: { title: string; body: string; backHref: string; backLabel: string }) {
  return (
    <section aria-labelledby="staff-refusal-title" style={{ paddingTop: 16, paddingBottom: 32, maxWidth: 720 }}>
      <h1 id="staff-refusal-title">{title}</h1>
      <p>{body}</p>
      <p>
        <a className="button" href={backHref}>
          {backLabel}
        </a>
      </p>
    </section>
  );
}
