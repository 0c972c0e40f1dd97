import {
  to = awscc_healthlake_fhir_datastore.example
  id = "datastore_id"
}