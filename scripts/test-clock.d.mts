export declare const TEST_CLOCK_START: string;
export declare const TEST_CLOCK_START_AT: Date;
