print("bibd")
