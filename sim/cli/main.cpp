// Placeholder until the command line lands (sim/cli).
int main() { return 0; }
