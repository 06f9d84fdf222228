import pkg_errors
pkg_errors.attempts = getattr(pkg_errors, "attempts", 0) + 1
print("  pkg_errors.raises executing, attempt", pkg_errors.attempts)
raise ValueError("failure during import")
