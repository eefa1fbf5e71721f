"""``python -m orbat.spark extract ...``, and the file to hand ``spark-submit``:

    spark-submit --master spark://host:7077 "$(python -c 'import orbat.spark.__main__ as m; print(m.__file__)')" \\
        extract --input /shared/articles --output /shared/out
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from orbat.cli import main

    sys.argv = ["orbat", "spark", *sys.argv[1:]]
    main()
