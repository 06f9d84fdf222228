# Tic-tac-toe with a memoised minimax player: perfect play always draws.

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None

def moves(board):
    return [i for i, v in enumerate(board) if v == " "]

memo = {}
def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif " " not in board:
        result = (0, None)
    else:
        best = None
        for m in moves(board):
            child = board[:m] + player + board[m + 1:]
            score, _ = minimax(child, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, m)
        result = best
    memo[key] = result
    return result

def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    return "\n---------\n".join(rows)

board = " " * 9
player = "X"
history = []
while not winner(board) and " " in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    history.append((player, move))
    player = "O" if player == "X" else "X"
print(show(board))
print("moves:", history, "| winner:", winner(board), "| positions evaluated:", len(memo))

# A scripted opponent that blunders loses against the perfect player.
def play(script):
    board, player, turn = " " * 9, "X", 0
    while not winner(board) and " " in board:
        if player == "X":
            _, move = minimax(board, "X")
        else:
            move = next(m for m in script[turn:] + moves(board) if board[m] == " ")
            turn += 1
        board = board[:move] + player + board[move + 1:]
        player = "O" if player == "X" else "X"
    return board, winner(board)

for script in [[1, 2, 3, 5], [4, 2, 6, 1], [8, 7, 6, 5]]:
    final, w = play(script)
    print(script, "->", repr(final), "winner:", w)

print("value of the empty board:", minimax(" " * 9, "X")[0])
print("X to move with two in a row:", minimax("XX OO    ", "X"))
print("O to block:", minimax("XX  O    ", "O"))
print(winner("XXXOO    "), winner("OX OX O X"), winner("XOXXOOOXX"))
