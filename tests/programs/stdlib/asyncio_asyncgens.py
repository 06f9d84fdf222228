# asyncio with async generators: a loop left early, one abandoned after a step (the loop's
# asyncgen hooks close both at shutdown), sleep(0) through a types.coroutine generator, in debug
# mode (coroutine origin tracking on).
import asyncio


async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "closed")


async def main():
    async for v in ticker("loop"):
        print("tick", v)
        if v == 2:
            break
    g = ticker("abandoned")
    print(await g.__anext__())
    results = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
    print("gathered", results)
    print("main done")


asyncio.run(main(), debug=True)
print("after run")
