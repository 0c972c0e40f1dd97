resource "awscc_events_event_bus" "sample" {
  name = "sample"
}