export declare const TOOL_NAME = "agent-harden";
export declare const TOOL_URI = "https://github.com/agent-harden/agent-harden";
export declare function toolVersion(): string;
