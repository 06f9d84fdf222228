# A text adventure as a state machine, driven by a scripted list of commands.

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book"], "dark": True},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["key"]},
    "cellar": {"desc": "a damp cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class Game:
    def __init__(self, rooms):
        self.rooms = {name: dict(data, items=list(data["items"])) for name, data in rooms.items()}
        self.location = "hall"
        self.inventory = []
        self.state = "playing"
        self.moves = 0

    def room(self):
        return self.rooms[self.location]

    def can_see(self):
        return not self.room().get("dark") or "lamp" in self.inventory

    def look(self):
        if not self.can_see():
            return "It is pitch dark."
        r = self.room()
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see: {items}. Exits: {exits}."

    def go(self, direction):
        target = self.room()["exits"].get(direction)
        if target is None:
            return "You can't go that way."
        if self.rooms[target].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            self.rooms[target]["locked"] = False
            self.location = target
            return "You unlock the door with the key. " + self.look()
        self.location = target
        return self.look()

    def take(self, item):
        if not self.can_see():
            return "You fumble in the dark."
        if item not in self.room()["items"]:
            return f"There is no {item} here."
        self.room()["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
            return "You found the treasure!"
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.room()["items"].append(item)
        return f"Dropped: {item}."

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        self.moves += 1
        match words:
            case ["look"] | ["l"]:
                return self.look()
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                return self.go(direction)
            case ["take" | "get", item]:
                return self.take(item)
            case ["drop", item]:
                return self.drop(item)
            case ["inventory"] | ["i"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing") + "."
            case ["quit"]:
                self.state = "quit"
                return "Bye."
            case _:
                self.moves -= 1
                return f"I don't understand {line!r}."

script = ["look", "take lamp", "north", "take book", "inventory", "south", "dance", "", "go east",
          "take key", "drop book", "look", "down", "take treasure", "quit"]
game = Game(ROOMS)
for command in script:
    if game.state != "playing":
        print(f"(game over: {game.state}; ignoring {command!r})")
        continue
    print(f"> {command}")
    print(game.handle(command))
print("state:", game.state, "| moves:", game.moves, "| inventory:", sorted(game.inventory))
print("kitchen items:", game.rooms["kitchen"]["items"], "| original untouched:", ROOMS["kitchen"]["items"])
