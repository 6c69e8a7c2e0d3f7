export declare const TEST_CLOCK_START: string;
