import {
  to = awscc_observabilityadmin_telemetry_enrichment.example
  identity = {
    scope = "scope"
  }
}
