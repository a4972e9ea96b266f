from cogs.music import Music, Settings


async def setup(bot):
    bot.add_cog(Music(bot))


if __name__ == "__main__":
    SETTINGS = Settings()
