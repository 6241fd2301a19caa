import asyncio
from unittest.mock import AsyncMock, MagicMock, Mock, patch, call


def check(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except AssertionError as e:
        print('%s: AssertionError: %s' % (label, e))
    else:
        print('%s: ok' % label)


class Client:
    async def get(self, url):
        return 'real ' + url

    def close(self):
        return 'closed'


async def fetch_all(client, urls):
    results = []
    for url in urls:
        results.append(await client.get(url))
    return results


async def main():
    am = AsyncMock(return_value=5)
    coro = am(1, k=2)
    print(am.called, am.call_count, am.await_count)
    print(await coro, am.await_count, am.await_args, am.await_args_list)
    check('awaited', am.assert_awaited)
    check('awaited_once', am.assert_awaited_once)
    check('awaited_with', am.assert_awaited_with, 1, k=2)
    check('awaited_with bad', am.assert_awaited_with, 2)
    check('awaited_once_with', am.assert_awaited_once_with, 1, k=2)
    check('not_awaited', am.assert_not_awaited)
    check('any_await', am.assert_any_await, 1, k=2)
    check('any_await bad', am.assert_any_await, 3)
    await am('second')
    check('has_awaits', am.assert_has_awaits, [call(1, k=2), call('second')])
    check('has_awaits bad', am.assert_has_awaits, [call('second'), call(1, k=2)])
    check('has_awaits any', am.assert_has_awaits, [call('second'), call(1, k=2)], any_order=True)
    check('has_awaits any bad', am.assert_has_awaits, [call('x')], any_order=True)
    check('awaited_once 2', am.assert_awaited_once)
    fresh = AsyncMock(name='fresh')
    check('fresh awaited', fresh.assert_awaited)
    check('fresh awaited_with', fresh.assert_awaited_with, 1)
    check('fresh not_awaited', fresh.assert_not_awaited)
    pending = fresh()          # called, not awaited
    check('fresh called not awaited', fresh.assert_awaited)
    print(fresh.call_count, fresh.await_count)
    await pending
    check('fresh awaited now', fresh.assert_awaited_once_with)

    se = AsyncMock(side_effect=[1, 2])
    print(await se(), await se())
    try:
        await se()
    except StopAsyncIteration:
        print('StopAsyncIteration')
    boom = AsyncMock(side_effect=ValueError('boom'))
    try:
        await boom()
    except ValueError as e:
        print('ValueError', e)

    async def double(x):
        return x * 2
    print(await AsyncMock(side_effect=double)(21), await AsyncMock(side_effect=lambda x: -x)(4))
    print(await AsyncMock(wraps=double)(5))
    default = await AsyncMock()()
    print(type(default).__name__)
    parent = AsyncMock()
    print(type(parent.child).__name__, type(parent.__len__).__name__)

    # a spec with async methods
    spec_mock = Mock(spec=Client)
    print(type(spec_mock.get).__name__, type(spec_mock.close).__name__)
    spec_mock.get.return_value = 'mocked'
    print(await fetch_all(spec_mock, ['a', 'b']))
    print(spec_mock.get.await_args_list, spec_mock.mock_calls)
    print(type(MagicMock(spec=Client).get).__name__)

    # patch picks AsyncMock for an async function
    with patch.object(Client, 'get') as pg:
        print(type(pg).__name__)
        pg.return_value = 'patched'
        print(await Client().get('u'))
    with patch.object(Client, 'close') as pc:
        print(type(pc).__name__)
    print(await Client().get('x'))

    # async context managers and iteration on MagicMock
    mm = MagicMock()
    async with mm as value:
        print(value is mm.__aenter__.return_value)
    print(mm.__aenter__.await_count, mm.__aexit__.await_args)
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])
    empty = MagicMock()
    print([x async for x in empty])
    print(type(mm.__aenter__).__name__, type(mm.__anext__).__name__)

    am.reset_mock()
    print(am.await_count, am.await_args, am.await_args_list, am.call_count)


asyncio.run(main())


# patch as the decorator of an async function: patched while the coroutine runs
@patch.object(Client, 'get', return_value='decorated')
@patch('asyncio.sleep')
async def decorated_test(fake_sleep, fake_get):
    await asyncio.sleep(100)
    return await Client().get('z'), type(fake_get).__name__, fake_sleep.await_count


print(asyncio.run(decorated_test()))
print(asyncio.run(Client().get('after')))
