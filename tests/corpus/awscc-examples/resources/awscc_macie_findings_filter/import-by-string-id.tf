import {
  to = awscc_macie_findings_filter.example
  id = "id"
}