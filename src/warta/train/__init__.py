"""Training commands for warta's statistical models (`warta train ...`)."""
