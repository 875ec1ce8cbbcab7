import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles.css';

function Embed() {
  return <p>Trade turnover chart</p>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Embed />
  </StrictMode>,
);
