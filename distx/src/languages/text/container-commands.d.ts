/** One `command:`/`args:`/`entrypoint:` value: its words and the lines it spans (1-based). */
export interface CommandField {
    text: string;
    line: number;
    endLine: number;
}
/** The command a compose service or Kubernetes container runs, field by field, in the order the runtime joins them. */
export interface ContainerCommand {
    /** The compose service or container name, when the file says it. */
    name?: string;
    fields: CommandField[];
}
/**
 * The commands a compose file's services or a Kubernetes manifest's containers
 * run, read from the YAML structure: only `entrypoint`/`command` (compose) and
 * `command`/`args` (Kubernetes), in string or list form.
 */
export declare function containerCommands(kind: 'compose' | 'kubernetes', text: string): ContainerCommand[];
