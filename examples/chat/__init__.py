"""An asyncio chat service, written with the hazards looplint finds."""
