// Whether the next screen to mount was reached by an in-app navigation (then it takes focus).
let pending = false;

/** Record that the route changed inside the app. */
export function markNavigation(): void {
  pending = true;
}

/** True once after `markNavigation`. */
export function consumeNavigation(): boolean {
  const was = pending;
  pending = false;
  return was;
}
