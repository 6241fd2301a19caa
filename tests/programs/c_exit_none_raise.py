# raise SystemExit(None) ends the program with status 0 and no stderr output
import sys
print('before')
sys.stdout.write('partial line without newline')
raise SystemExit(None)
