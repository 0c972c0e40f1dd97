import {
  to = awscc_observabilityadmin_telemetry_enrichment.example
  id = "scope"
}