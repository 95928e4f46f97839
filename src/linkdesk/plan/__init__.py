"""PDFs built in memory with ReportLab: the take-home plan and other printed documents."""
