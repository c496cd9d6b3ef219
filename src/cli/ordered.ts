// Results written in the order their places were reserved, whatever order they complete in, with at most
// `limit` places outstanding: memory stays constant however many inputs there are.
export class InOrder<T> {
  private readonly places: { ready: boolean; value?: T }[] = [];
  private readonly waiters: (() => void)[] = [];
  private chain: Promise<void> = Promise.resolve();
  private failure: Error | undefined;

  constructor(private readonly emit: (value: T) => Promise<void> | void, private readonly limit: number) {}

  /** Waits for room, then reserves the next place; the returned function fills it. */
  async reserve(): Promise<(value: T) => void> {
    while (this.places.length >= this.limit) await new Promise<void>((r) => this.waiters.push(r));
    const place: { ready: boolean; value?: T } = { ready: false };
    this.places.push(place);
    return (value) => {
      place.value = value;
      place.ready = true;
      this.pump();
    };
  }

  /** Resolves when every reserved place has been filled and emitted. */
  async drain(): Promise<void> {
    while (this.places.length) await new Promise<void>((r) => this.waiters.push(r));
    await this.chain;
    if (this.failure) throw this.failure;
  }

  get pending(): number {
    return this.places.length;
  }

  private pump(): void {
    this.chain = this.chain.then(async () => {
      while (this.places.length && this.places[0].ready) {
        const place = this.places[0];
        try {
          await this.emit(place.value as T);
        } catch (e) {
          this.failure ??= e as Error;
        }
        this.places.shift();
        for (const w of this.waiters.splice(0)) w();
      }
    });
  }
}
