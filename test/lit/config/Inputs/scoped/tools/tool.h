struct tool_state { char a; long b; char c; };
