/**
 * The body of the "Get help now" panel. A placeholder until the safety layer
 * fills it with crisis resources for the person's region.
 */
export function HelpPanel() {
  return (
    <div className="help-panel stack">
      <p className="help-panel__lead">
        If you are in danger right now, or you might act on thoughts of hurting yourself, please call your
        local emergency number.
      </p>
      <p>
        Haven is a self-help companion. It is not a crisis service, and it cannot reach anyone for you. If you
        can, reach out to someone you trust and let them know how things are.
      </p>
      <p>
        If it helps while you wait: feel your feet on the floor, and name a few things you can see around you.
      </p>
    </div>
  );
}
