// Entry point: start the runner first (its worker loads and compiles the
// engine in parallel), then load the page itself (Monaco, xterm, panels).
import './style.css';
import './runner';

void import('./app');
